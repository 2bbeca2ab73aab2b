package cn.zhicheng.portal.account.web;

import cn.zhicheng.portal.account.NewAccountFields;

/** 注册第一步 账户信息: exactly the fields every new account asks for. */
class AccountStepForm extends NewAccountFields {

}
